# av_mlp: the 2017 article's R code with its `=` assignments, its names and its order of
# statements, inside train(), the for loop written as a repeat loop with a counter that
# breaks once epoch epochs have run. The biases stay the 1 x h and 1 x 1 rows they are given
# as; each epoch they are laid over the samples with matrix(rep(b, each=n), nrow=n), and they
# are moved by their sums over the samples (colSums, sum) where the article has rowSums().

#sigmoid function
sigmoid=function(x){
1/(1+exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid=function(x){
x*(1-x)
}

train=function(X, y, wh, bh, wout, bout, lr, epochs){
# variable initialization
epoch=epochs
n=nrow(X)
loss=numeric(epoch)
i=0
repeat{
if(i>=epoch) break
i=i+1
# forward propagation
hidden_layer_input1=X%*%wh
hidden_layer_input=hidden_layer_input1+matrix(rep(bh, each=n), nrow=n)
hidden_layer_activations=sigmoid(hidden_layer_input)
output_layer_input1=hidden_layer_activations%*%wout
output_layer_input=output_layer_input1+matrix(rep(bout, each=n), nrow=n)
output=sigmoid(output_layer_input)
# Back Propagation
E=y-output
slope_output_layer=derivatives_sigmoid(output)
slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
d_output=E*slope_output_layer
Error_at_hidden_layer=d_output%*%t(wout)
d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
wout=wout+(t(hidden_layer_activations)%*%d_output)*lr
bout=bout+sum(d_output)*lr
wh=wh+(t(X)%*%d_hiddenlayer)*lr
bh=bh+colSums(d_hiddenlayer)*lr
loss[i]=sum(E^2)/n
}
list(wh=wh, bh=bh, wout=wout, bout=bout, loss=loss)
}

predict=function(X, wh, bh, wout, bout){
n=nrow(X)
hidden_layer_activations=sigmoid(X%*%wh+matrix(rep(bh, each=n), nrow=n))
sigmoid(hidden_layer_activations%*%wout+matrix(rep(bout, each=n), nrow=n))
}
